package com.lumenbank.app.auth

import android.content.Context
import androidx.security.crypto.EncryptedSharedPreferences
import androidx.security.crypto.MasterKey

/** The safe twin of SessionPrefs: the refresh token goes to Keystore-backed encrypted preferences. */
class SecureSessionPrefs(context: Context) {
    private val masterKey = MasterKey.Builder(context).setKeyScheme(MasterKey.KeyScheme.AES256_GCM).build()
    private val prefs = EncryptedSharedPreferences.create(
        context, "lumen_session_secure", masterKey,
        EncryptedSharedPreferences.PrefKeyEncryptionScheme.AES256_SIV,
        EncryptedSharedPreferences.PrefValueEncryptionScheme.AES256_GCM,
    )

    fun remember(refreshToken: String) {
        prefs.edit().putString("refresh_token", refreshToken).apply()
    }
}
