#pragma once

// libpq connection strings as the program shows them: a URI (postgresql://…, postgres://…) or
// key=value pairs (host=… dbname=…, service=…). Pure functions, no libpq: a string is looked at
// before libpq ever sees it, and whatever reaches a message or a log goes through here first.

#include <string>
#include <string_view>

namespace jpki::storage::postgres {

// True when `text` is meant for PostgreSQL rather than as a SQLite file's path: a URI with
// libpq's prefix, or key=value pairs (a file path with an '=' in it is not taken for one unless
// it also starts like a known key).
bool isConnectionString(std::string_view text);

// The same connection string with every password's value replaced by "***": a URI's
// `user:password@`, and `password` or `sslpassword` as a URI parameter or a key=value pair
// (quoted or not, with escapes), also inside a `dbname` that holds a connection string itself.
// Everything else is left exactly as written, so that the message still names the server and
// the database. When the text cannot be parsed, what might be a password is hidden rather than
// shown: a URI's userinfo is taken up to its last '@'.
std::string withoutPassword(std::string_view connectionString);

} // namespace jpki::storage::postgres
