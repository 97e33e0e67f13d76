package cn.quzhou.stations.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs a task on {@code n} threads released at the same moment, for the tests of what must happen once however many
 * try at once (one payment, one spend of the last balance, one job run). A task's exception fails the test; a task
 * that expects a refusal returns it as a value.
 */
public final class Concurrently {

    private Concurrently() {
    }

    /** The {@code n} results, in the order the tasks were started; each task waits at most a minute. */
    public static <T> List<T> run(int n, Callable<T> task) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
