package com.lumenbank.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.ObjectInputStream;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** Imports sessions handed over by the legacy web banking and parses partner payment files. */
public final class SessionImport {
    private final ObjectMapper mapper = new ObjectMapper();

    public Object legacySession(byte[] blob) throws Exception {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(blob))) {
            return in.readObject();
        }
    }

    public LegacySession legacySessionSafely(byte[] json) throws Exception {
        return mapper.readValue(json, LegacySession.class);
    }

    public Document paymentFile(InputStream xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        return factory.newDocumentBuilder().parse(xml);
    }

    public void attach(HttpServletResponse response, String sessionId) {
        Cookie cookie = new Cookie("LUMEN_SESSION", sessionId);
        cookie.setHttpOnly(true);
        cookie.setSecure(false);
        response.addCookie(cookie);
    }

    public void attachSafely(HttpServletResponse response, String sessionId) {
        Cookie cookie = new Cookie("LUMEN_SESSION", sessionId);
        cookie.setHttpOnly(true);
        cookie.setSecure(true);
        response.addCookie(cookie);
    }

    public record LegacySession(String customerId, String channel) {}
}
