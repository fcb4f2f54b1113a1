// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Ui {

HistoryDialog::HistoryDialog(HistoryStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("History"));
    m_tree->setObjectName(QStringLiteral("historyList"));
    m_tree->setAccessibleName(tr("Past analyses"));
    m_tree->setHeaderLabels({tr("When"), tr("What"), tr("Verdict")});
    m_tree->setRootIsDecorated(false);
    m_tree->header()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Open)->setText(tr("Open again"));
    buttons->button(QDialogButtonBox::Open)->setAccessibleName(tr("Open the selected analysis again"));
    QPushButton *clear = buttons->addButton(tr("Clear history"), QDialogButtonBox::DestructiveRole);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_store->clear();
        fill();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tree, &QTreeWidget::itemActivated, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    resize(760, 420);
    fill();
}

void HistoryDialog::fill()
{
    m_tree->clear();
    m_entries = m_store->recent();
    for (const HistoryEntry &e : m_entries) {
        const QString what = e.kind == QLatin1String("domain") ? tr("Domain %1").arg(e.name) : e.title + QStringLiteral(" — ") + e.name;
        auto *item = new QTreeWidgetItem(m_tree, {QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat), what, e.verdict});
        item->setToolTip(2, e.verdict);
    }
    if (!m_entries.isEmpty())
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    m_tree->resizeColumnToContents(0);
}

HistoryEntry HistoryDialog::selected() const
{
    const int row = m_tree->indexOfTopLevelItem(m_tree->currentItem());
    return row >= 0 && row < m_entries.size() ? m_entries.at(row) : HistoryEntry();
}

} // namespace Ui
