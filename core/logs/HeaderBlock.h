// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "dsn/BounceAnalysis.h"

namespace Logs {

// The header of a message pasted on its own: what Gmail's "Show original" or Outlook's
// "View message source" / "Message details" gives for a returned or received message, with or
// without the body after the first empty line. It is read as the returned original of a bounce
// (Dsn::OriginalMessageParser: Received hops, Authentication-Results, DKIM-Signature, From,
// Message-ID), so that the same report sections and live checks apply.
//
// Returns std::nullopt unless `text` starts with a header field (RFC 5322 section 2.2), holds at
// least MinFields of them, among them a trace or identity field (Received, Authentication-Results,
// DKIM-Signature, ARC-*, Message-ID), no DSN field (RFC 3464: Final-Recipient, Diagnostic-Code,
// Action, Status, Reporting-MTA: pasted DSN fields are a bounce), and the bounce analyzer finds no
// bounce, delay, report or auto-reply in it (a whole bounce keeps its own reading). The analysis
// returned has kind NotBounce, no recipients, and `original` filled from the pasted header.
// Text over MaxBytes is no header block. Thread-safe.
std::optional<Dsn::BounceAnalysis> readHeaderBlock(const QString &text);

// What the live checks would ask about a pasted message: its From domain, the sending IP chosen
// by the one rule for it (Diagnosis::SendingIp::choose), the MAIL FROM (Return-Path, RFC 5321
// 4.4, for SPF), and the DKIM selectors its signatures name for that domain.
struct HeaderCheckTarget
{
    QString domain;     // of From, lower case; empty when From names no address
    QString ip;         // empty when no hop names a public address
    QString ipSource;   // Diagnosis::sendingIpSourceName()
    QString ipWhy;      // English sentence (JSON)
    QString ipWhyShown; // the same, translated (human output, report)
    QString sender;     // Return-Path address without <>, empty when none
    QStringList selectors;
};
HeaderCheckTarget checkTargetOf(const Dsn::BounceAnalysis &analysis);

// The "explain --json" object of a pasted header: input, recognized, kind "headers", the
// "original" object of "analyze --json" (from, to, subject, message_id, date, sending_ip, dkim,
// authentication_results, received), "check" (domain, ip, ip_source, ip_why, sender,
// selectors: what the live checks ask) and problems.
QJsonObject headerBlockJson(const Dsn::BounceAnalysis &analysis, const QString &input);

// Cheap test for stream readers: the line opens a header field ("Name: value"). A header block
// can only start with such a line.
bool startsHeaderField(const QString &line);

} // namespace Logs
