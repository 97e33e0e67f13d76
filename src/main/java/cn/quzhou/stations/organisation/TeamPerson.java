package cn.quzhou.stations.organisation;

/** One person on a station's (or application's) expert team as the team lists them: a name and an organisation. */
public record TeamPerson(String name, String organisation) {
}
