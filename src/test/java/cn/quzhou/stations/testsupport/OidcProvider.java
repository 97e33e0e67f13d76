package cn.quzhou.stations.testsupport;

import no.nav.security.mock.oauth2.MockOAuth2Server;

/**
 * One in-process OIDC provider (mock-oauth2-server) for the whole test run, standing in for the
 * provincial government-service network's legal-person login.
 */
public final class OidcProvider {

    public static final String ISSUER_ID = "zjzwfw";
    private static final MockOAuth2Server SERVER = start();

    private OidcProvider() {
    }

    private static MockOAuth2Server start() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        return server;
    }

    public static MockOAuth2Server server() {
        return SERVER;
    }

    public static String issuerUri() {
        return SERVER.issuerUrl(ISSUER_ID).toString();
    }
}
