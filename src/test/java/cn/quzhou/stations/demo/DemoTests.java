package cn.quzhou.stations.demo;

import org.junit.jupiter.api.Nested;

/**
 * The demo built once on a fresh data directory ({@link cn.quzhou.stations.testsupport.DemoInstance}, one per test
 * JVM): its programme read back through the facades ({@link DemoProgrammeTests}) and the tour followed in a browser
 * ({@link DemoTourBrowserTests}). One test class, so that surefire hands both to the same fork and the demo is built
 * once per run rather than once in each fork.
 */
class DemoTests {

    @Nested
    class Programme extends DemoProgrammeTests {
    }

    @Nested
    class Tour extends DemoTourBrowserTests {
    }
}
