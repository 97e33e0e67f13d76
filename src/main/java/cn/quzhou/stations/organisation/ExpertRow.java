package cn.quzhou.stations.organisation;

/** A line of the expert pool's list. */
public record ExpertRow(long id, String name, String title, String field, String organisation, String phone,
                        String email, boolean active) {
}
