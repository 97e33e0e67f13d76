package cn.quzhou.stations.testsupport;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which test class owns which programme year. Every integration test shares one database, and a year's evaluation
 * round, results and grants are one per year: two classes writing into the same year would see each other's rows and
 * pass or fail by the order they run in. A class claims its year ({@code static final int YEAR =
 * TestYears.claim(2087)}), and the fixtures that write a year's state ({@code EvaluationFixtures.open},
 * {@code ResultFixtures.publish}, {@code FundingFixtures.publish}) report each use. Either way round, a year used by
 * one test class and claimed by another fails at once, naming both.
 * <p>Years nobody claims (today's year, the demo's) may still be shared; claim a year to be sure it is yours.
 */
public final class TestYears {

    private static final Map<Integer, String> CLAIMED = new ConcurrentHashMap<>();
    private static final Map<Integer, String> USED = new ConcurrentHashMap<>();

    private TestYears() {
    }

    /** The calling test class's own year: fails when another class has claimed or written into it. */
    public static int claim(int year) {
        String owner = caller();
        String claimedBy = CLAIMED.putIfAbsent(year, owner);
        refuseIfOther(year, claimedBy, owner, "claimed");
        refuseIfOther(year, USED.get(year), owner, "written into");
        return year;
    }

    /** A fixture writes into {@code year} for the calling test class: fails when another class claimed it. */
    public static void use(int year) {
        String user = caller();
        USED.putIfAbsent(year, user);
        refuseIfOther(year, CLAIMED.get(year), user, "claimed");
    }

    private static void refuseIfOther(int year, String other, String me, String how) {
        if (other != null && !other.equals(me)) {
            throw new IllegalStateException("year " + year + " has been " + how + " by " + other + "; " + me
                    + " must claim a year of its own (TestYears.claim)");
        }
    }

    /**
     * The outermost class of the nearest frame that is a concrete test class (…Tests, …Test or an access-matrix
     * …Entries): an abstract base's helper counts for the test that called it.
     */
    private static String caller() {
        return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).walk(frames -> frames
                .map(f -> outermost(f.getDeclaringClass()))
                .filter(c -> c.getSimpleName().matches(".*(Tests|Test|Entries)")
                        && !java.lang.reflect.Modifier.isAbstract(c.getModifiers()))
                .map(Class::getName).findFirst().orElse("an unknown caller"));
    }

    private static Class<?> outermost(Class<?> c) {
        Class<?> outer = c;
        while (outer.getEnclosingClass() != null) {
            outer = outer.getEnclosingClass();
        }
        return outer;
    }
}
