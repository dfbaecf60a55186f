import { getFormatter, getTranslations } from "next-intl/server";
import type { AudienceNoticeItem } from "@/lib/audience/list-audience-notices";

/** One notice in words: who became facilitator where and when, and which answers they can now read. */
export async function NoticeText({ notice }: { notice: AudienceNoticeItem }) {
  const [t, tp, format] = await Promise.all([getTranslations("audience"), getTranslations("profile"), getFormatter()]);
  const values = {
    reader: notice.readerName,
    partnership: notice.partnershipName,
    date: format.dateTime(notice.createdAt, { dateStyle: "long" }),
    fields: format.list(notice.fields.map((field) => tp(`fields.${field}.label`))),
  };
  return <>{notice.reason === "SUCCESSION" ? t("succession", values) : t("promoted", values)}</>;
}
