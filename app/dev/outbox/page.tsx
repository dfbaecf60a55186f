import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { findLinks } from "@/lib/mail/find-links";
import { listOutbox } from "@/lib/mail/list-outbox";
import { outboxEnabled } from "@/lib/mail/outbox-enabled";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("outbox"))("title") };
}

/** The text part with its links clickable (the links are the app's own, made by the app). */
function TextWithLinks({ text }: { text: string }) {
  const links = findLinks(text);
  if (links.length === 0) return <>{text}</>;
  const pattern = new RegExp(`(${links.map((link) => link.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`);
  return (
    <>
      {text.split(pattern).map((part, index) =>
        links.includes(part) ? (
          <a key={index} href={part} className="break-all font-medium text-brand-700 underline">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </>
  );
}

/** Development only: the emails kept because no SMTP server is configured, with their links. */
export default async function OutboxPage() {
  if (!outboxEnabled()) notFound();
  const [messages, t, format] = await Promise.all([listOutbox(), getTranslations("outbox"), getFormatter()]);
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="font-serif text-3xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-muted">{t("intro")}</p>
      {messages.length === 0 ? (
        <p className="mt-6">{t("empty")}</p>
      ) : (
        <ul className="mt-6 space-y-4">
          {messages.map((message) => (
            <li key={message.id}>
              <article aria-labelledby={`email-${message.id}`} className="rounded-lg border border-stone-200 bg-white p-4">
                <h2 id={`email-${message.id}`} className="text-lg font-semibold">
                  {message.subject}
                </h2>
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                  <dt className="text-muted">{t("to")}</dt>
                  <dd className="break-all">{message.to}</dd>
                  <dt className="text-muted">{t("kind")}</dt>
                  <dd>
                    {message.kind} ({message.locale})
                  </dd>
                  <dt className="text-muted">{t("status")}</dt>
                  <dd>{t(`statuses.${message.status}`)}</dd>
                  <dt className="text-muted">{t("time")}</dt>
                  <dd>
                    <time dateTime={message.createdAt.toISOString()}>{format.dateTime(message.createdAt, { dateStyle: "medium", timeStyle: "medium" })}</time>
                  </dd>
                </dl>
                <details className="mt-3" open={messages.indexOf(message) === 0}>
                  <summary className="cursor-pointer text-sm font-medium">{t("textPart")}</summary>
                  <pre className="mt-2 overflow-x-auto whitespace-pre-wrap rounded bg-stone-50 p-3 font-sans text-sm">
                    <TextWithLinks text={message.text} />
                  </pre>
                </details>
              </article>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
