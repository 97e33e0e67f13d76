package cn.quzhou.stations.organisation;

/** A token just created: {@code token} is the only time the plain token is available. */
public record CreatedToken(AccessTokenView view, String token) {

    @Override
    public String toString() {
        return "CreatedToken[" + view + "]";
    }
}
