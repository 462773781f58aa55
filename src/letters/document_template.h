#pragma once

// The letters' templates: HTML with {{name}} placeholders, filled with values that are always
// HTML-escaped (a name typed as "<b>" is printed as such, never as markup). Sections repeat a
// part for each item of a list, or show it once for a flag; an inverted section shows when the
// flag is off or the list is empty:
//
//   {{#renewals}}<tr><td>{{certificate}}</td><td>{{expires}}</td></tr>{{/renewals}}
//   {{#has_pins}}…{{/has_pins}}   {{^has_pins}}…{{/has_pins}}
//
// Inside a section a name is looked up in the item first, then outwards. HTML comments are
// copied untouched. A name the values do not define is reported, so that a template and its
// values cannot drift apart unnoticed.

#include <QHash>
#include <QString>
#include <QStringList>
#include <vector>

namespace jpki::letters {

class TemplateValues {
public:
    void set(const QString& name, const QString& value) { m_text.insert(name, value); }
    // A section shown once when `on`, and not at all otherwise.
    void setFlag(const QString& name, bool on);
    // A section shown once per item; an empty list is set with an empty vector.
    void setList(const QString& name, std::vector<TemplateValues> items);

    const QString* text(const QString& name) const;
    const std::vector<TemplateValues>* section(const QString& name) const;

private:
    QHash<QString, QString> m_text;
    QHash<QString, std::vector<TemplateValues>> m_sections;
};

struct FilledTemplate {
    QString html;
    // Placeholders and sections the values did not define, and sections left unclosed or closed
    // out of order, in the order met.
    QStringList problems;
};

FilledTemplate fillTemplate(const QString& source, const TemplateValues& values);

} // namespace jpki::letters
