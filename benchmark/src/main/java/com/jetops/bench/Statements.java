package com.jetops.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** PostgreSQL's side of a profile: the statements that took the most time (pg_stat_statements). */
final class Statements {
    private Statements() {
    }

    static void reset(Settings settings) {
        try (Connection connection = RawInsertBaseline.connect(settings)) {
            connection.createStatement().execute("select pg_stat_statements_reset()");
        } catch (SQLException unavailable) {
            System.out.println("    (pg_stat_statements unavailable: " + unavailable.getMessage().lines().findFirst().orElse("") + ")");
        }
    }

    /** A Markdown table of the {@code top} statements by total execution time since the last reset. */
    static List<String> top(Settings settings, int top) {
        List<String> lines = new ArrayList<>();
        lines.add("| PostgreSQL statement | calls | total ms | mean ms |");
        lines.add("|---|---|---|---|");
        try (Connection connection = RawInsertBaseline.connect(settings);
             ResultSet rows = connection.createStatement().executeQuery("""
                     select calls, total_exec_time, mean_exec_time, regexp_replace(query, '\\s+', ' ', 'g')
                     from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())
                     order by total_exec_time desc limit""" + " " + top)) {
            while (rows.next()) {
                String query = rows.getString(4);
                lines.add("| `" + (query.length() > 150 ? query.substring(0, 150) + "…" : query).replace("|", "\\|")
                        + "` | " + rows.getLong(1) + " | " + Report.f(rows.getDouble(2), 0) + " | "
                        + Report.f(rows.getDouble(3), 2) + " |");
            }
        } catch (SQLException unavailable) {
            lines.add("| (pg_stat_statements unavailable) | | | |");
        }
        return lines;
    }
}
