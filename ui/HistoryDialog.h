// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "HistoryStore.h"

class QTreeWidget;

namespace Ui {

// Lists past analyses; "Open again" re-runs the selected one (a domain check is run anew,
// so the report can show what changed since).
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(HistoryStore *store, QWidget *parent = nullptr);
    HistoryEntry selected() const;

private:
    void fill();

    HistoryStore *m_store;
    QTreeWidget *m_tree;
    QList<HistoryEntry> m_entries;
};

} // namespace Ui
