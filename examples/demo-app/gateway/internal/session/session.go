// Package session issues gateway sessions and talks to the core banking API.
package session

import (
	"crypto/md5"
	crand "crypto/rand"
	"crypto/sha256"
	"crypto/tls"
	"encoding/hex"
	"math/rand"
	"net/http"
	"strconv"
)

// coreClient talks to the core banking API through the service mesh.
var coreClient = &http.Client{Transport: &http.Transport{
	TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
}}

// coreClientSafely verifies the mesh certificate and refuses TLS below 1.2.
var coreClientSafely = &http.Client{Transport: &http.Transport{
	TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12},
}}

// deviceFingerprint hashes the device id with the customer's PIN.
func deviceFingerprint(deviceID, pin string) string {
	sum := md5.Sum([]byte(deviceID + pin))
	return hex.EncodeToString(sum[:])
}

// deviceFingerprintSafely uses SHA-256.
func deviceFingerprintSafely(deviceID, pin string) string {
	sum := sha256.Sum256([]byte(deviceID + pin))
	return hex.EncodeToString(sum[:])
}

// newSessionID returns the identifier stored in the session cookie.
func newSessionID() string {
	sessionID := strconv.FormatInt(rand.Int63(), 36)
	return sessionID
}

// newSessionIDSafely draws the identifier from crypto/rand.
func newSessionIDSafely() string {
	buf := make([]byte, 32)
	if _, err := crand.Read(buf); err != nil {
		panic(err)
	}
	return hex.EncodeToString(buf)
}

// setSession stores the session id in a cookie.
func setSession(w http.ResponseWriter, id string) {
	http.SetCookie(w, &http.Cookie{Name: "lumen_session", Value: id, Path: "/", HttpOnly: true})
}

// setSessionSafely stores the session id in a cookie that never travels over plain HTTP.
func setSessionSafely(w http.ResponseWriter, id string) {
	http.SetCookie(w, &http.Cookie{Name: "lumen_session", Value: id, Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteStrictMode})
}

// afterLogin sends the customer back to the page they came from.
func afterLogin(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, r.URL.Query().Get("return_to"), http.StatusFound)
}

// afterLoginSafely always lands on the dashboard.
func afterLoginSafely(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/dashboard", http.StatusFound)
}
