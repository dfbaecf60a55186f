"use client";

import en from "@/lib/i18n/messages/en/common.json";
import nl from "@/lib/i18n/messages/nl/common.json";
import "./globals.css";

/**
 * Shown when even the root layout failed, so without the app's language settings: the message in
 * both languages. The details are in the server log, never here.
 */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen items-center justify-center bg-paper p-6 text-ink">
        <main className="max-w-xl space-y-8 text-center" role="alert">
          {[
            { lang: "en", text: en },
            { lang: "nl", text: nl },
          ].map(({ lang, text }) => {
            const Heading = lang === "en" ? "h1" : "h2";
            return (
              <section key={lang} lang={lang}>
                <Heading className="font-serif text-3xl font-semibold">{text.errorTitle}</Heading>
                <p className="mt-3 text-muted">{text.errorText}</p>
              </section>
            );
          })}
          <button type="button" onClick={reset} className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
            {en.tryAgain} · <span lang="nl">{nl.tryAgain}</span>
          </button>
        </main>
      </body>
    </html>
  );
}
