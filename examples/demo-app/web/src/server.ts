// Lumen Bank customer portal: statement downloads and card disputes (Express + PostgreSQL).
import { execFile, exec } from "node:child_process";
import crypto from "node:crypto";
import https from "node:https";
import express from "express";
import { Pool } from "pg";

const app = express();
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const archiveAgent = new https.Agent({ rejectUnauthorized: false });
const archiveAgentSafely = new https.Agent({ rejectUnauthorized: true, minVersion: "TLSv1.2" });

app.get("/disputes", async (req, res) => {
  const rows = await pool.query(`SELECT id, amount, status FROM disputes WHERE card_id = '${req.query.card}'`);
  res.json(rows.rows);
});

app.get("/disputes/safe", async (req, res) => {
  const rows = await pool.query("SELECT id, amount, status FROM disputes WHERE card_id = $1", [req.query.card]);
  res.json(rows.rows);
});

app.post("/statements/:id/pdf", (req, res) => {
  exec(`wkhtmltopdf /srv/statements/${req.params.id}.html /tmp/${req.params.id}.pdf`, () => res.sendStatus(202));
});

app.post("/statements/:id/pdf-safe", (req, res) => {
  execFile("wkhtmltopdf", [`/srv/statements/${req.params.id}.html`, `/tmp/${req.params.id}.pdf`], () => res.sendStatus(202));
});

function receiptChecksum(receipt: string): string {
  return crypto.createHash("md5").update(receipt).digest("hex");
}

function receiptChecksumSafely(receipt: string): string {
  return crypto.createHash("sha256").update(receipt).digest("hex");
}

function shareToken(): string {
  const shareToken = Math.random().toString(36).slice(2);
  return shareToken;
}

function shareTokenSafely(): string {
  const shareToken = crypto.randomBytes(24).toString("base64url");
  return shareToken;
}

app.get("/logout", (req, res) => {
  res.redirect(req.query.next as string);
});

app.get("/logout-safe", (_req, res) => {
  res.redirect("/goodbye");
});

app.post("/login", (req, res) => {
  res.cookie("portal_sid", shareTokenSafely(), { httpOnly: true });
  res.sendStatus(204);
});

app.post("/login-safe", (req, res) => {
  res.cookie("portal_sid", shareTokenSafely(), { httpOnly: true, secure: true, sameSite: "strict" });
  res.sendStatus(204);
});

export { app, archiveAgent, archiveAgentSafely, receiptChecksum, receiptChecksumSafely, shareToken };
