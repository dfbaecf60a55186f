import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { AudienceCopy, LeadershipCopy } from "@/components/profile/copy";
import { DataRights } from "@/components/account/data-rights";
import { UnverifiedEmailNote } from "@/components/account/unverified-email-note";
import { AudienceHistory } from "@/components/audience/audience-history";
import { CompletenessMeter } from "@/components/profile/completeness-meter";
import { LeadershipForms } from "@/components/profile/leadership-forms";
import { RevealedAnswers } from "@/components/profile/revealed-answers";
import { requireUser } from "@/lib/guards";
import type { Visibility } from "@/lib/generated/prisma/enums";
import { ANSWER_FIELDS, VISIBILITIES } from "@/lib/leadership/fields";
import { listAnswerAudiences, type Reader } from "@/lib/leadership/list-answer-audiences";
import { asFormValues } from "@/lib/profiles/as-form-values";
import { getMyProfile } from "@/lib/profiles/get-my-profile";
import { listTagSuggestions } from "@/lib/tags/list-tag-suggestions";
import { hasPassword } from "@/lib/users/has-password";
import { hideRevealedAnswerAction, saveMissionAction, saveProfileAction } from "./actions";
import { deleteAccountAction } from "./account-actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("profile"))("title") };
}

export default async function ProfilePage() {
  const user = await requireUser();
  const [{ profile, mission, completeness }, suggestions, audiences, withPassword, t, format] = await Promise.all([
    getMyProfile(user.id),
    listTagSuggestions(user.id),
    listAnswerAudiences(user.id),
    hasPassword(user.id),
    getTranslations("profile"),
    getFormatter(),
  ]);
  const person = (reader: Reader) => t("audience.person", { name: reader.name, partnerships: format.list(reader.partnerships) });
  const audience = (visibility: Visibility): AudienceCopy => {
    const readers = audiences.readers[visibility];
    const showNames = t("audience.showNames", { count: readers.length });
    if (visibility === "ONLY_ME") return { summary: "", names: [], showNames };
    if (readers.length === 0) return { summary: t(`audience.nobody.${visibility}`), names: [], showNames };
    if (visibility === "FACILITATORS") return { summary: t("audience.facilitators", { names: format.list(readers.map(person)) }), names: [], showNames };
    return { summary: t("audience.partners", { count: readers.length }), names: readers.map(person), showNames };
  };
  const { version: profileVersion, ...profileAnswers } = profile;
  const { version: missionVersion, ...missionAnswers } = mission;
  const filled = Math.round(completeness * ANSWER_FIELDS.length);

  const copy: LeadershipCopy = {
    fields: Object.fromEntries(
      ANSWER_FIELDS.map((field) => {
        const revealedIn = audiences.revealedIn[field]?.map((reveal) => reveal.partnershipName);
        return [
          field,
          {
            label: t(`fields.${field}.label`),
            prompt: t(`fields.${field}.prompt`),
            revealedIn: revealedIn ? t("audience.revealedIn", { partnerships: format.list(revealedIn) }) : undefined,
          },
        ];
      }),
    ) as LeadershipCopy["fields"],
    tags: {
      skillTags: { label: t("skillTags"), hint: t("skillTagsHint"), add: t("addSkillTag") },
      valueTags: { label: t("valueTags"), hint: t("valueTagsHint"), add: t("addValueTag") },
    },
    suggestions: t("suggestions"),
    visibility: {
      visibility: t("visibility"),
      options: { ONLY_ME: t("visibilityOption.ONLY_ME"), FACILITATORS: t("visibilityOption.FACILITATORS"), PARTNERS: t("visibilityOption.PARTNERS") },
      visibleTo: { ONLY_ME: t("visibleTo.ONLY_ME"), FACILITATORS: t("visibleTo.FACILITATORS"), PARTNERS: t("visibleTo.PARTNERS") },
      audience: { ONLY_ME: audience("ONLY_ME"), FACILITATORS: audience("FACILITATORS"), PARTNERS: audience("PARTNERS") },
    },
    conflict: { otherVersion: t("otherVersion"), otherVisibility: t("otherVisibility"), otherEmpty: t("otherEmpty"), useOther: t("useOther") },
    profileTitle: t("profileTitle"),
    profileIntro: t("profileIntro"),
    missionTitle: t("missionTitle"),
    missionIntro: t("missionIntro"),
    saveProfile: t("saveProfile"),
    saveMission: t("saveMission"),
  };

  return (
    <div className="space-y-10">
      <header className="max-w-3xl">
        <h1 className="font-serif text-3xl font-semibold">{t("title")}</h1>
        <p className="mt-2 text-muted">{t("intro")}</p>
        <p className="mt-2 text-sm">
          <Link href="/profile/history" className="font-medium text-brand-700 underline">
            {t("history.link")}
          </Link>
        </p>
        <div className="mt-2">
          <UnverifiedEmailNote userId={user.id} />
        </div>
      </header>
      <div className="grid gap-8 lg:grid-cols-[17rem_minmax(0,1fr)] lg:gap-10">
        <aside className="space-y-5 lg:sticky lg:top-6 lg:self-start">
          <div className="rounded-lg border border-line bg-surface p-4 shadow-sm">
            <CompletenessMeter share={completeness} label={t("completenessLabel")} summary={t("completenessSummary", { filled, total: ANSWER_FIELDS.length })} />
          </div>
          <nav aria-label={t("sectionsLabel")} className="hidden lg:block">
            <ul className="space-y-1 text-sm font-medium">
              <li>
                <a href="#profile" className="block rounded-md px-3 py-1.5 text-brand-700 hover:bg-brand-50">
                  {t("profileTitle")}
                </a>
              </li>
              <li>
                <a href="#mission" className="block rounded-md px-3 py-1.5 text-brand-700 hover:bg-brand-50">
                  {t("missionTitle")}
                </a>
              </li>
            </ul>
          </nav>
          <div className="rounded-lg border border-line bg-brand-50/60 p-4 text-sm">
            <h2 className="font-semibold text-ink">{t("privacyTitle")}</h2>
            <ul className="mt-2 space-y-1.5 text-muted">
              {VISIBILITIES.map((visibility) => (
                <li key={visibility}>{t(`privacy${visibilityKey[visibility]}`)}</li>
              ))}
            </ul>
          </div>
        </aside>
        <div className="min-w-0 space-y-8">
          <RevealedAnswers revealedIn={audiences.revealedIn} hide={hideRevealedAnswerAction} />
          <LeadershipForms
            profile={{ version: profileVersion, values: asFormValues(profileAnswers) }}
            mission={{ version: missionVersion, values: asFormValues(missionAnswers) }}
            suggestions={suggestions}
            saveProfile={saveProfileAction}
            saveMission={saveMissionAction}
            copy={copy}
          />
        </div>
      </div>
      <AudienceHistory userId={user.id} />
      <DataRights deleteAction={deleteAccountAction} hasPassword={withPassword} />
    </div>
  );
}

const visibilityKey = { ONLY_ME: "OnlyMe", FACILITATORS: "Facilitators", PARTNERS: "Partners" } as const;
