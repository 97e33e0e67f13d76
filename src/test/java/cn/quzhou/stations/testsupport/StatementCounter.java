package cn.quzhou.stations.testsupport;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The platform's data source with a count of the SQL statements a thread prepares while it is being watched
 * ({@link #record}): how a test shows that a list page costs a fixed number of statements, not one per row.
 * Unwatched threads pay one thread-local read per statement.
 */
public final class StatementCounter extends DelegatingDataSource {

    private static final ThreadLocal<List<String>> WATCHED = new ThreadLocal<>();

    StatementCounter(DataSource target) {
        super(target);
    }

    /** Runs {@code action} on this thread and answers the statements it prepared or created, in order. */
    public static List<String> record(ThrowingRunnable action) throws Exception {
        List<String> statements = new ArrayList<>();
        WATCHED.set(statements);
        try {
            action.run();
        } finally {
            WATCHED.remove();
        }
        return statements;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return watched(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return watched(super.getConnection(username, password));
    }

    private static Connection watched(Connection connection) {
        return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    List<String> statements = WATCHED.get();
                    if (statements != null && (name.equals("prepareStatement") || name.equals("createStatement")
                            || name.equals("prepareCall"))) {
                        statements.add(args == null || args.length == 0 ? "(statement)" : String.valueOf(args[0]));
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
