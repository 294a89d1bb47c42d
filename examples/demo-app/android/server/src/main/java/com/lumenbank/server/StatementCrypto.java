package com.lumenbank.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Random;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/** Encrypts statement PDFs at rest and derives download tokens. */
public final class StatementCrypto {
    private static final SecureRandom RANDOM = new SecureRandom();

    public byte[] encrypt(SecretKey key, byte[] pdf) throws Exception {
        Cipher cipher = Cipher.getInstance("AES/ECB/PKCS5Padding");
        cipher.init(Cipher.ENCRYPT_MODE, key);
        return cipher.doFinal(pdf);
    }

    public byte[] encryptSafely(SecretKey key, byte[] pdf) throws Exception {
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
        return cipher.doFinal(pdf);
    }

    public byte[] fingerprint(String accountNumber) throws Exception {
        return MessageDigest.getInstance("SHA-1").digest(accountNumber.getBytes(StandardCharsets.UTF_8));
    }

    public byte[] fingerprintSafely(String accountNumber) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(accountNumber.getBytes(StandardCharsets.UTF_8));
    }

    public String downloadToken() {
        String downloadToken = Long.toHexString(new Random().nextLong());
        return downloadToken;
    }

    public String downloadTokenSafely() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String downloadToken = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return downloadToken;
    }
}
