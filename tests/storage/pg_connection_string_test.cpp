// Connection strings as the program shows them: every password hidden, everything else as
// written; and which --db texts are taken for PostgreSQL rather than a SQLite file.

#include "storage/pg_connection_string.h"

#include <gtest/gtest.h>
#include <string>

namespace jpki::storage::postgres {
namespace {

struct Redaction {
    std::string given;
    std::string shown;
};

TEST(PgConnectionString, HidesEveryPasswordAndKeepsTheRest) {
    for (const Redaction& row :
         {// URIs: the userinfo's password, and password parameters (a key may be %-encoded).
          Redaction{"postgresql://counter:s3cret@db.city.local:5432/jpki?sslmode=verify-full",
                    "postgresql://counter:***@db.city.local:5432/jpki?sslmode=verify-full"},
          Redaction{"postgres://counter:p%40ss@h1,h2:5433/jpki",
                    "postgres://counter:***@h1,h2:5433/jpki"},
          Redaction{"postgresql:///jpki?host=/run/postgresql&password=s3cret&user=counter",
                    "postgresql:///jpki?host=/run/postgresql&password=***&user=counter"},
          Redaction{"postgresql://h/jpki?pass%77ord=s3cret&sslpassword=keypass",
                    "postgresql://h/jpki?pass%77ord=***&sslpassword=***"},
          // A raw '@' or '/' typed in the password: libpq would cut it, the display must not.
          Redaction{"postgresql://counter:se@cr/et@db/jpki", "postgresql://counter:***@db/jpki"},
          Redaction{"postgresql://counter@db/jpki", "postgresql://counter@db/jpki"},
          Redaction{"postgresql:///jpki?host=/run/postgresql",
                    "postgresql:///jpki?host=/run/postgresql"},
          // key=value: unquoted, quoted with escapes and spaces, spaces around '='.
          Redaction{"host=db dbname=jpki user=counter password=s3cret",
                    "host=db dbname=jpki user=counter password=***"},
          Redaction{"password='it\\'s a secret' host=db", "password=*** host=db"},
          Redaction{"host = db  password = s3cr\\ et sslmode=require",
                    "host = db  password = *** sslmode=require"},
          Redaction{"sslpassword=keypass sslkey=/etc/jpki/key.pem",
                    "sslpassword=*** sslkey=/etc/jpki/key.pem"},
          // An unterminated quote hides everything after it.
          Redaction{"host=db password='never closed dbname=jpki", "host=db password=***"},
          // A dbname holding a connection string of its own, which libpq expands.
          Redaction{"dbname='postgresql://counter:s3cret@db/jpki' connect_timeout=5",
                    "dbname='postgresql://counter:***@db/jpki' connect_timeout=5"},
          Redaction{"service=jpki", "service=jpki"}, Redaction{"", ""}}) {
        EXPECT_EQ(withoutPassword(row.given), row.shown) << row.given;
    }
}

TEST(PgConnectionString, TellsConnectionStringsFromFilePaths) {
    EXPECT_TRUE(isConnectionString("postgresql://db/jpki"));
    EXPECT_TRUE(isConnectionString("postgres:///jpki?host=/run/postgresql"));
    EXPECT_TRUE(isConnectionString("service=jpki"));
    EXPECT_TRUE(isConnectionString("  host = db dbname=jpki"));
    EXPECT_FALSE(isConnectionString("/var/lib/jpki/cases.sqlite3"));
    EXPECT_FALSE(isConnectionString("cases.sqlite3"));
    EXPECT_FALSE(isConnectionString("backup=old.sqlite3"));   // '=' but no libpq keyword
    EXPECT_FALSE(isConnectionString("PostgreSQL://db/jpki")); // libpq's prefix is lower case
}

} // namespace
} // namespace jpki::storage::postgres
