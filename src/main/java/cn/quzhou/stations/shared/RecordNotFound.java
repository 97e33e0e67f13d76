package cn.quzhou.stations.shared;

/**
 * Published when a request names a record the caller cannot have (it does not exist or lies outside their data
 * scope, see {@link NotFoundException}), so that a probe for ids is audited like a refused request.
 */
public record RecordNotFound(String method, String path) {
}
