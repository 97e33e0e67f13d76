package cn.quzhou.stations.shared;

/** Published when an API call is refused (403), so that the refusal is audited like a refused page. */
public record ApiAccessDenied(String method, String path) {
}
