package com.lumenbank.app.auth

import android.content.Context
import android.util.Log

/** Remembers the signed-in customer between launches. */
class SessionPrefs(context: Context) {
    private val prefs = context.getSharedPreferences("lumen_session", Context.MODE_PRIVATE)

    fun remember(customerId: String, refreshToken: String) {
        prefs.edit()
            .putString("customer_id", customerId)
            .putString("refresh_token", refreshToken)
            .apply()
        Log.d(TAG, "session stored for $customerId, refresh=$refreshToken")
    }

    fun rememberQuietly(customerId: String) {
        prefs.edit().putString("customer_id", customerId).apply()
        Log.d(TAG, "session stored for $customerId")
    }

    private companion object {
        const val TAG = "SessionPrefs"
    }
}
