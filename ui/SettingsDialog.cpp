// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace Ui {

SettingsDialog::SettingsDialog(const AppSettings &s, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    m_server = new QLineEdit(s.dnsServer, this);
    m_server->setPlaceholderText(tr("System resolver (e.g. 192.0.2.53 or [2001:db8::53]:5300)"));
    m_server->setAccessibleName(tr("DNS server"));
    m_timeout = new QSpinBox(this);
    m_timeout->setRange(200, 30000);
    m_timeout->setSingleStep(500);
    m_timeout->setSuffix(tr(" ms"));
    m_timeout->setValue(s.timeoutMs);
    m_timeout->setAccessibleName(tr("DNS timeout in milliseconds"));
    m_selectors = new QLineEdit(s.dkimSelectors.join(QStringLiteral(", ")), this);
    m_selectors->setPlaceholderText(tr("selector1, google, k1 …"));
    m_selectors->setAccessibleName(tr("DKIM selectors to try"));
    m_blocklists = new QPlainTextEdit(s.blocklists.join(QLatin1Char('\n')), this);
    m_blocklists->setPlaceholderText(tr("One zone per line; empty = the built-in list"));
    m_blocklists->setAccessibleName(tr("Blocklists to query"));
    m_blocklists->setTabChangesFocus(true);
    m_language = new QComboBox(this);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(s.language)));
    m_live = new QCheckBox(tr("Run live DNS lookups (the only network traffic; nothing is ever uploaded)"), this);
    m_live->setChecked(s.liveLookups);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("settingsError"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&DNS server:"), m_server);
    form->addRow(tr("&Timeout:"), m_timeout);
    form->addRow(tr("DKIM &selectors:"), m_selectors);
    form->addRow(tr("&Blocklists:"), m_blocklists);
    form->addRow(tr("&Language (after restart):"), m_language);
    form->addRow(m_live);
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_server, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    form->addRow(buttons);
    validate();
}

void SettingsDialog::validate()
{
    const QString spec = m_server->text().trimmed();
    QString error;
    if (!spec.isEmpty()) {
        const auto parsed = Dns::parseServerSpec(spec);
        if (!parsed)
            error = parsed.error().detail;
    }
    m_error->setText(error);
    m_ok->setEnabled(error.isEmpty());
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s;
    s.dnsServer = m_server->text().trimmed();
    s.timeoutMs = m_timeout->value();
    for (const QString &sel : m_selectors->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        s.dkimSelectors << sel.trimmed();
    for (const QString &zone : m_blocklists->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        s.blocklists << zone.trimmed();
    s.language = m_language->currentData().toString();
    s.liveLookups = m_live->isChecked();
    return s;
}

} // namespace Ui
