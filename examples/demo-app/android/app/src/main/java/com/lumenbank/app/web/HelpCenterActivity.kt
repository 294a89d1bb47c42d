package com.lumenbank.app.web

import android.os.Bundle
import android.webkit.WebView
import androidx.appcompat.app.AppCompatActivity
import com.lumenbank.app.BuildConfig

/** Shows the help center articles in a WebView. */
class HelpCenterActivity : AppCompatActivity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        WebView.setWebContentsDebuggingEnabled(true)
        val webView = WebView(this)
        setContentView(webView)
        webView.loadUrl("http://help.lumenbank.example/articles")
    }

    fun openSafely(webView: WebView) {
        WebView.setWebContentsDebuggingEnabled(BuildConfig.DEBUG)
        webView.loadUrl("https://help.lumenbank.example/articles")
    }
}
