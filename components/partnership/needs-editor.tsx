import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/partnership/action-button";
import { AddNeedForm } from "@/components/partnership/add-need-form";
import type { ActionState } from "@/lib/action-state";

type Action = (previous: ActionState, formData: FormData) => Promise<ActionState>;

type Props = {
  partnershipId: string;
  needs: { id: string; title: string; description: string }[];
  actions: { add: Action; move: Action; remove: Action };
};

/** The partnership's needs in order, each with move and remove buttons, and a form to add one. */
export async function NeedsEditor({ partnershipId, needs, actions }: Props) {
  const t = await getTranslations("partnerships");
  return (
    <div className="space-y-6">
      {needs.length === 0 ? (
        <p className="rounded-md border border-dashed border-line p-4 text-muted">{t("noNeeds")}</p>
      ) : (
        <ol className="@container divide-y divide-line rounded-md border border-line">
          {needs.map((need, index) => (
            <li key={need.id} className="flex flex-col gap-2 p-3 @md:flex-row @md:items-start">
              <div className="flex min-w-0 flex-1 items-start gap-3">
                <span aria-hidden="true" className="mt-0.5 flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-brand-100 text-sm font-semibold text-brand-700">
                  {index + 1}
                </span>
                <div className="min-w-0 flex-1">
                  <p className="font-medium break-words">{need.title}</p>
                  {need.description ? <p className="mt-0.5 text-sm whitespace-pre-line break-words text-muted">{need.description}</p> : null}
                </div>
              </div>
              <div className="flex shrink-0 flex-wrap items-start justify-end gap-1">
                <ActionButton
                  action={actions.move}
                  fields={{ partnershipId, needId: need.id, direction: "up" }}
                  variant="ghost"
                  disabled={index === 0}
                  title={t("moveUp", { title: need.title })}
                >
                  <span aria-hidden="true">↑</span>
                  <span className="sr-only">{t("moveUp", { title: need.title })}</span>
                </ActionButton>
                <ActionButton
                  action={actions.move}
                  fields={{ partnershipId, needId: need.id, direction: "down" }}
                  variant="ghost"
                  disabled={index === needs.length - 1}
                  title={t("moveDown", { title: need.title })}
                >
                  <span aria-hidden="true">↓</span>
                  <span className="sr-only">{t("moveDown", { title: need.title })}</span>
                </ActionButton>
                <ActionButton
                  action={actions.remove}
                  fields={{ partnershipId, needId: need.id }}
                  variant="ghost"
                  className="text-danger-700 hover:bg-danger-50"
                  confirm={{
                    question: t("removeNeedQuestion", { title: need.title }),
                    confirmLabel: t("confirmRemove"),
                    cancelLabel: t("cancel"),
                  }}
                >
                  {t("remove")}
                  <span className="sr-only"> {t("removeNeed", { title: need.title })}</span>
                </ActionButton>
              </div>
            </li>
          ))}
        </ol>
      )}
      <AddNeedForm action={actions.add} partnershipId={partnershipId} />
    </div>
  );
}
