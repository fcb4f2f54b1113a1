// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "AppSettings.h"

class QCheckBox;
class QLabel;
class QPushButton;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Ui {

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(const AppSettings &settings, QWidget *parent = nullptr);
    AppSettings settings() const;

private:
    void validate();

    QLineEdit *m_server;
    QSpinBox *m_timeout;
    QLineEdit *m_selectors;
    QPlainTextEdit *m_blocklists;
    QComboBox *m_language;
    QCheckBox *m_live;
    QLabel *m_error;
    QPushButton *m_ok;
};

} // namespace Ui
