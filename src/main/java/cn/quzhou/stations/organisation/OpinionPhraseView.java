package cn.quzhou.stations.organisation;

/** One saved opinion phrase (常用意见) of the signed-in user. */
public record OpinionPhraseView(long id, String text) {
}
