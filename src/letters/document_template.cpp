#include "letters/document_template.h"

namespace jpki::letters {

namespace {

const QString kOpen = QStringLiteral("{{");
const QString kClose = QStringLiteral("}}");
const QString kCommentOpen = QStringLiteral("<!--");
const QString kCommentClose = QStringLiteral("-->");

struct Node {
    enum class Kind { Text, Value, Section, InvertedSection };
    Kind kind = Kind::Text;
    QString text; // the literal text, or the name
    std::vector<Node> children;
};

// Parses `source` from `position` up to the closing tag of `enclosing` (or the end when empty).
class Parser {
public:
    Parser(const QString& source, QStringList& problems)
        : m_source(source)
        , m_problems(problems) {}

    std::vector<Node> parse(const QString& enclosing = {}) {
        std::vector<Node> nodes;
        while (m_position < m_source.size()) {
            const qsizetype open = m_source.indexOf(kOpen, m_position);
            if (open < 0) {
                break;
            }
            // An HTML comment is copied as it is: it may show the placeholders' syntax.
            const qsizetype comment = m_source.indexOf(kCommentOpen, m_position);
            if (comment >= 0 && comment < open) {
                const qsizetype commentClose = m_source.indexOf(kCommentClose, comment);
                const qsizetype end =
                    commentClose < 0 ? m_source.size() : commentClose + kCommentClose.size();
                appendText(nodes, m_source.mid(m_position, end - m_position));
                m_position = end;
                continue;
            }
            const qsizetype close = m_source.indexOf(kClose, open + kOpen.size());
            if (close < 0) {
                m_problems.append(QStringLiteral("unclosed placeholder at %1").arg(open));
                break;
            }
            appendText(nodes, m_source.mid(m_position, open - m_position));
            const QString tag = m_source.mid(open + kOpen.size(), close - open - kOpen.size());
            m_position = close + kClose.size();
            const QString name = tag.mid(1).trimmed();
            if (tag.startsWith(QLatin1Char('/'))) {
                if (name == enclosing && !enclosing.isEmpty()) {
                    return nodes;
                }
                m_problems.append(QStringLiteral("unexpected {{/%1}}").arg(name));
            } else if (tag.startsWith(QLatin1Char('#')) || tag.startsWith(QLatin1Char('^'))) {
                Node section;
                section.kind = tag.startsWith(QLatin1Char('#')) ? Node::Kind::Section
                                                                : Node::Kind::InvertedSection;
                section.text = name;
                section.children = parse(name);
                nodes.push_back(std::move(section));
            } else {
                nodes.push_back(Node{Node::Kind::Value, tag.trimmed(), {}});
            }
        }
        appendText(nodes, m_source.mid(m_position));
        m_position = m_source.size();
        if (!enclosing.isEmpty()) {
            m_problems.append(QStringLiteral("unclosed {{#%1}}").arg(enclosing));
        }
        return nodes;
    }

private:
    static void appendText(std::vector<Node>& nodes, const QString& text) {
        if (!text.isEmpty()) {
            nodes.push_back(Node{Node::Kind::Text, text, {}});
        }
    }

    const QString& m_source;
    QStringList& m_problems;
    qsizetype m_position = 0;
};

class Filler {
public:
    explicit Filler(QStringList& problems)
        : m_problems(problems) {}

    void fill(const std::vector<Node>& nodes, std::vector<const TemplateValues*>& scopes,
              QString& out) {
        for (const Node& node : nodes) {
            switch (node.kind) {
            case Node::Kind::Text:
                out += node.text;
                break;
            case Node::Kind::Value:
                if (const QString* value = lookupText(scopes, node.text)) {
                    out += value->toHtmlEscaped();
                } else {
                    report(node.text);
                }
                break;
            case Node::Kind::Section:
            case Node::Kind::InvertedSection: {
                const auto* items = lookupSection(scopes, node.text);
                if (!items) {
                    report(node.text);
                    break;
                }
                if (node.kind == Node::Kind::InvertedSection) {
                    if (items->empty()) {
                        fill(node.children, scopes, out);
                    }
                    break;
                }
                for (const TemplateValues& item : *items) {
                    scopes.push_back(&item);
                    fill(node.children, scopes, out);
                    scopes.pop_back();
                }
                break;
            }
            }
        }
    }

private:
    static const QString* lookupText(const std::vector<const TemplateValues*>& scopes,
                                     const QString& name) {
        for (auto scope = scopes.rbegin(); scope != scopes.rend(); ++scope) {
            if (const QString* value = (*scope)->text(name)) {
                return value;
            }
        }
        return nullptr;
    }

    static const std::vector<TemplateValues>*
    lookupSection(const std::vector<const TemplateValues*>& scopes, const QString& name) {
        for (auto scope = scopes.rbegin(); scope != scopes.rend(); ++scope) {
            if (const auto* items = (*scope)->section(name)) {
                return items;
            }
        }
        return nullptr;
    }

    void report(const QString& name) {
        const QString problem = QStringLiteral("undefined {{%1}}").arg(name);
        if (!m_problems.contains(problem)) {
            m_problems.append(problem);
        }
    }

    QStringList& m_problems;
};

} // namespace

void TemplateValues::setFlag(const QString& name, bool on) {
    std::vector<TemplateValues> once;
    if (on) {
        once.emplace_back();
    }
    m_sections.insert(name, std::move(once));
}

void TemplateValues::setList(const QString& name, std::vector<TemplateValues> items) {
    m_sections.insert(name, std::move(items));
}

const QString* TemplateValues::text(const QString& name) const {
    const auto found = m_text.constFind(name);
    return found == m_text.cend() ? nullptr : &found.value();
}

const std::vector<TemplateValues>* TemplateValues::section(const QString& name) const {
    const auto found = m_sections.constFind(name);
    return found == m_sections.cend() ? nullptr : &found.value();
}

FilledTemplate fillTemplate(const QString& source, const TemplateValues& values) {
    FilledTemplate filled;
    const std::vector<Node> nodes = Parser(source, filled.problems).parse();
    std::vector<const TemplateValues*> scopes{&values};
    Filler(filled.problems).fill(nodes, scopes, filled.html);
    return filled;
}

} // namespace jpki::letters
