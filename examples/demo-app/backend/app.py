"""Lumen Bank API: accounts, transfers and card payments."""
import sqlite3

import stripe
from flask import Flask, jsonify, request

from settings import DATABASE_URL, JWT_SECRET

app = Flask(__name__)

stripe.api_key = "sk_live_BRkirAgsXOhyl9F6sn23DSp8"  # ward-demo: fake credential, gitleaks:allow, pragma: allowlist secret


def db():
    return sqlite3.connect("ledger.db")


@app.route("/accounts/<customer_id>")
def accounts(customer_id):
    rows = db().execute("SELECT iban, balance FROM accounts WHERE customer = '" + customer_id + "'").fetchall()
    return jsonify(rows)


@app.route("/transfers", methods=["POST"])
def transfer():
    payload = request.get_json()
    charge = stripe.Charge.create(amount=payload["amount"], currency="eur", source=payload["token"])
    return jsonify({"id": charge.id})


if __name__ == "__main__":
    app.run(host="0.0.0.0", debug=True)
