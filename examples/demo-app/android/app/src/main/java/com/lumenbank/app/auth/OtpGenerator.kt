package com.lumenbank.app.auth

import java.security.SecureRandom
import javax.crypto.Cipher
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec
import kotlin.random.Random

/** Offline one-time codes for card activation when the phone has no signal. */
object OtpGenerator {
    private val secureRandom = SecureRandom()

    fun offlineOtp(): String {
        val otp = Random.nextInt(100_000, 999_999)
        return otp.toString()
    }

    fun offlineOtpSafely(): String {
        val otp = 100_000 + secureRandom.nextInt(900_000)
        return otp.toString()
    }

    fun sealActivation(key: SecretKey, payload: ByteArray): ByteArray {
        val cipher = Cipher.getInstance("AES/ECB/PKCS5Padding")
        cipher.init(Cipher.ENCRYPT_MODE, key)
        return cipher.doFinal(payload)
    }

    fun sealActivationSafely(key: SecretKey, payload: ByteArray): ByteArray {
        val iv = ByteArray(12).also { secureRandom.nextBytes(it) }
        val cipher = Cipher.getInstance("AES/GCM/NoPadding")
        cipher.init(Cipher.ENCRYPT_MODE, key, GCMParameterSpec(128, iv))
        return iv + cipher.doFinal(payload)
    }
}
