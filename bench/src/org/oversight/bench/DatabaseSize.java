package org.oversight.bench;

import java.sql.DriverManager;

/** Prints the database's size on disk and its largest tables' row counts. Argument: JDBC URL. */
public final class DatabaseSize {
    private DatabaseSize() {
    }

    public static void main(String[] args) throws Exception {
        try (var c = DriverManager.getConnection(args[0], "postgres", ""); var s = c.createStatement();
             var r = s.executeQuery("select pg_size_pretty(pg_database_size(current_database())),"
                     + " (select count(*) from plan_action), (select count(*) from progress_update),"
                     + " (select count(*) from indicator_value), (select count(*) from meeting)")) {
            r.next();
            System.out.printf("%s (%,d actions, %,d progress updates, %,d indicator values, %,d meetings)%n",
                    r.getString(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5));
        }
    }
}
