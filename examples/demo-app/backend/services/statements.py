"""Monthly statements: lookup, PDF rendering and delivery to the archive partner."""
import hashlib
import json
import pickle
import random
import secrets
import sqlite3
import subprocess

import requests
import yaml
from flask import Blueprint, jsonify, redirect, request, send_from_directory, url_for

statements = Blueprint("statements", __name__)

ARCHIVE_URL = "https://archive.partner.example/v2/statements"
ARCHIVE_CA_BUNDLE = "/etc/lumen/partner-ca.pem"
STATEMENT_DIR = "/var/lib/lumen/statements"


def ledger():
    return sqlite3.connect("ledger.db")


def find_statements(iban, month):
    cur = ledger().cursor()
    cur.execute(f"SELECT id, month, total FROM statements WHERE iban = '{iban}' AND month = '{month}'")
    return cur.fetchall()


def find_statements_safely(iban, month):
    cur = ledger().cursor()
    cur.execute("SELECT id, month, total FROM statements WHERE iban = ? AND month = ?", (iban, month))
    return cur.fetchall()


def load_layout(stream):
    return yaml.load(stream, Loader=yaml.Loader)


def load_layout_safely(stream):
    return yaml.safe_load(stream)


def restore_draft(blob):
    return pickle.loads(blob)


def restore_draft_safely(blob):
    return json.loads(blob)


def render_pdf(html_path, pdf_path):
    subprocess.run(f"wkhtmltopdf {html_path} {pdf_path}", shell=True, check=True)


def render_pdf_safely(html_path, pdf_path):
    subprocess.run(["wkhtmltopdf", html_path, pdf_path], check=True)


def push_to_archive(document):
    return requests.post(ARCHIVE_URL, json=document, verify=False, timeout=10)


def push_to_archive_safely(document):
    return requests.post(ARCHIVE_URL, json=document, verify=ARCHIVE_CA_BUNDLE, timeout=10)


def statement_pin_digest(pin):
    return hashlib.md5(pin.encode()).hexdigest()


def statement_pin_digest_safely(pin, salt):
    return hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, 600_000).hex()


def new_download_token():
    download_token = "".join(random.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(24))
    return download_token


def new_download_token_safely():
    download_token = secrets.token_urlsafe(24)
    return download_token


@statements.route("/statements/download")
def download():
    with open(STATEMENT_DIR + "/" + request.args["file"], "rb") as handle:
        return handle.read()


@statements.route("/statements/download-safe/<name>")
def download_safely(name):
    return send_from_directory(STATEMENT_DIR, name)


@statements.route("/statements/done")
def done():
    return redirect(request.args.get("next", "/"))


@statements.route("/statements/done-safe")
def done_safely():
    return redirect(url_for("statements.list_statements"))


@statements.route("/statements")
def list_statements():
    return jsonify(find_statements_safely(request.args["iban"], request.args["month"]))
