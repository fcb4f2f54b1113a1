// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWebEngineView>

namespace Ui {

class ReportPage;
class ReportSchemeHandler;
class ReportUrlInterceptor;

// The report viewer: its own off-the-record profile with JavaScript, plugins, storage and
// remote access off, our scheme handler, a URL interceptor that allows only our scheme and
// data:, and a page that refuses navigation. Pages come from Report::HtmlReportBuilder.
class ReportView : public QWebEngineView
{
    Q_OBJECT

public:
    explicit ReportView(QWidget *parent = nullptr);
    ~ReportView() override;

    // Shows a complete page (any size: it goes through the scheme handler, not setHtml).
    void showHtml(const QString &html);
    // Replaces the element with this id by the given (builder-made, escaped) HTML in place,
    // so arriving results do not reload the page or lose the scroll position. Runs in the
    // isolated ApplicationWorld: page scripts stay disabled. No-op while a page is loading;
    // the caller re-applies updates on loadFinished (see isReady()).
    void replaceElement(const QString &id, const QString &html);
    bool isReady() const { return m_ready; }
    // Runs a read-only script in the ApplicationWorld (tests inspect the DOM with it).
    void inspect(const QString &script, const std::function<void(const QVariant &)> &callback);

    ReportPage *reportPage() const { return m_page; }
    ReportUrlInterceptor *interceptor() const { return m_interceptor; }
    QWebEngineProfile *reportProfile() const { return m_profile; }

signals:
    void reportLoaded();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void configureProfile();

    QWebEngineProfile *m_profile = nullptr;
    ReportSchemeHandler *m_handler = nullptr;
    ReportUrlInterceptor *m_interceptor = nullptr;
    ReportPage *m_page = nullptr;
    int m_pageNumber = 0;
    bool m_ready = false;
};

} // namespace Ui
