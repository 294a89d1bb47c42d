package com.lumenbank.app.data

import android.database.Cursor
import android.database.sqlite.SQLiteDatabase

/** Saved payees, cached on the device for the transfer screen. */
class PayeeDao(private val db: SQLiteDatabase) {
    fun search(name: String): Cursor =
        db.rawQuery("SELECT iban, display_name FROM payees WHERE display_name LIKE '%$name%'", null)

    fun searchSafely(name: String): Cursor =
        db.rawQuery("SELECT iban, display_name FROM payees WHERE display_name LIKE ?", arrayOf("%$name%"))

    fun forget(payeeId: String) {
        db.execSQL("DELETE FROM payees WHERE id = " + payeeId)
    }

    fun forgetSafely(payeeId: String) {
        db.execSQL("DELETE FROM payees WHERE id = ?", arrayOf(payeeId))
    }
}
