#include "storage/pg_connection_string.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace jpki::storage::postgres {

namespace {

constexpr std::string_view kHidden = "***";
constexpr std::array kUriPrefixes{std::string_view("postgresql://"),
                                  std::string_view("postgres://")};

// libpq's keywords (PostgreSQL 15) that may start a key=value connection string.
constexpr std::array kKeywords{
    std::string_view("host"),
    std::string_view("hostaddr"),
    std::string_view("port"),
    std::string_view("dbname"),
    std::string_view("user"),
    std::string_view("password"),
    std::string_view("passfile"),
    std::string_view("service"),
    std::string_view("sslmode"),
    std::string_view("sslrootcert"),
    std::string_view("sslcert"),
    std::string_view("sslkey"),
    std::string_view("sslpassword"),
    std::string_view("connect_timeout"),
    std::string_view("application_name"),
    std::string_view("options"),
    std::string_view("target_session_attrs"),
    std::string_view("channel_binding"),
    std::string_view("gssencmode"),
    std::string_view("krbsrvname"),
};

bool isSecretKey(std::string_view key) {
    return key == "password" || key == "sslpassword";
}

bool isSpace(char c) {
    return std::isspace(static_cast<unsigned char>(c)) != 0;
}

std::string_view uriPrefixOf(std::string_view text) {
    for (const std::string_view prefix : kUriPrefixes) {
        if (text.starts_with(prefix)) {
            return prefix;
        }
    }
    return {};
}

int hexValue(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    const char lower = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
}

std::string percentDecoded(std::string_view text) {
    std::string decoded;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() && hexValue(text[i + 1]) >= 0 &&
            hexValue(text[i + 2]) >= 0) {
            decoded += static_cast<char>(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2]));
            i += 2;
        } else {
            decoded += text[i];
        }
    }
    return decoded;
}

// The query of a URI (after '?'): each `key=value` whose decoded key names a password keeps
// its key and loses its value.
std::string queryWithoutPassword(std::string_view query) {
    std::string out;
    std::size_t start = 0;
    while (start <= query.size()) {
        const std::size_t end = std::min(query.find('&', start), query.size());
        const std::string_view parameter = query.substr(start, end - start);
        const std::size_t equals = parameter.find('=');
        if (equals != std::string_view::npos &&
            isSecretKey(percentDecoded(parameter.substr(0, equals)))) {
            out += parameter.substr(0, equals + 1);
            out += kHidden;
        } else {
            out += parameter;
        }
        if (end < query.size()) {
            out += '&';
        }
        start = end + 1;
    }
    return out;
}

std::string uriWithoutPassword(std::string_view text, std::string_view prefix) {
    std::string out(prefix);
    std::string_view rest = text.substr(prefix.size());
    // The userinfo ends at an '@'. libpq takes the first one before a '/', but a password typed
    // with a raw '@', '/' or '?' in it would then show: the last '@' hides at least as much.
    const std::size_t at = rest.rfind('@');
    if (at != std::string_view::npos) {
        const std::string_view userinfo = rest.substr(0, at);
        const std::size_t colon = userinfo.find(':');
        if (colon != std::string_view::npos) {
            out += userinfo.substr(0, colon + 1);
            out += kHidden;
        } else {
            out += userinfo;
        }
        out += '@';
        rest.remove_prefix(at + 1);
    }
    const std::size_t question = rest.find('?');
    if (question == std::string_view::npos) {
        out += rest;
        return out;
    }
    out += rest.substr(0, question + 1);
    out += queryWithoutPassword(rest.substr(question + 1));
    return out;
}

// A value of a key=value string, as libpq reads it: quoted with '…' or up to the next space,
// a backslash escaping the next character either way.
struct ScannedValue {
    std::size_t end = 0; // one past the value's last character (its closing quote)
    std::string text;    // unescaped
};

ScannedValue scanValue(std::string_view text, std::size_t position) {
    ScannedValue value;
    const bool quoted = position < text.size() && text[position] == '\'';
    std::size_t i = quoted ? position + 1 : position;
    while (i < text.size()) {
        const char c = text[i];
        if (c == '\\' && i + 1 < text.size()) {
            value.text += text[i + 1];
            i += 2;
            continue;
        }
        if (quoted ? c == '\'' : isSpace(c)) {
            break;
        }
        value.text += c;
        ++i;
    }
    value.end = quoted ? std::min(i + 1, text.size()) : i; // an unterminated quote runs to the end
    return value;
}

std::string quoted(std::string_view text) {
    std::string out = "'";
    for (const char c : text) {
        if (c == '\'' || c == '\\') {
            out += '\\';
        }
        out += c;
    }
    out += '\'';
    return out;
}

std::string keywordsWithoutPassword(std::string_view text) {
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t keyStart = i;
        while (i < text.size() && !isSpace(text[i]) && text[i] != '=') {
            ++i;
        }
        const std::string_view key = text.substr(keyStart, i - keyStart);
        while (i < text.size() && isSpace(text[i])) {
            ++i;
        }
        if (i >= text.size() || text[i] != '=') {
            out += text.substr(keyStart, i - keyStart); // not a pair: nothing to hide in it
            continue;
        }
        ++i; // '='
        while (i < text.size() && isSpace(text[i])) {
            ++i;
        }
        out += text.substr(keyStart, i - keyStart); // the key, '=' and spaces as written
        const ScannedValue value = scanValue(text, i);
        if (isSecretKey(key)) {
            out += kHidden;
        } else if (key == "dbname" && isConnectionString(value.text)) {
            // libpq expands a dbname that is itself a connection string.
            out += quoted(withoutPassword(value.text));
        } else {
            out += text.substr(i, value.end - i);
        }
        i = value.end;
        while (i < text.size() && isSpace(text[i])) {
            out += text[i++];
        }
    }
    return out;
}

} // namespace

bool isConnectionString(std::string_view text) {
    if (!uriPrefixOf(text).empty()) {
        return true;
    }
    std::size_t start = 0;
    while (start < text.size() && isSpace(text[start])) {
        ++start;
    }
    const std::size_t equals = text.find('=', start);
    if (equals == std::string_view::npos) {
        return false;
    }
    std::string_view key = text.substr(start, equals - start);
    while (!key.empty() && isSpace(key.back())) {
        key.remove_suffix(1);
    }
    return std::find(kKeywords.begin(), kKeywords.end(), key) != kKeywords.end();
}

std::string withoutPassword(std::string_view connectionString) {
    if (const std::string_view prefix = uriPrefixOf(connectionString); !prefix.empty()) {
        return uriWithoutPassword(connectionString, prefix);
    }
    return keywordsWithoutPassword(connectionString);
}

} // namespace jpki::storage::postgres
