-- Answer history: every text a profile or mission answer has had, for its owner alone.
CREATE TABLE "AnswerVersion" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "field" "LeadershipField" NOT NULL,
    "text" TEXT NOT NULL,
    "savedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AnswerVersion_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "AnswerVersion_userId_field_savedAt_idx" ON "AnswerVersion"("userId", "field", "savedAt");

ALTER TABLE "AnswerVersion" ADD CONSTRAINT "AnswerVersion_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Today's texts are each answer's first known version, saved when the profile or mission last was.
INSERT INTO "AnswerVersion" ("id", "userId", "field", "text", "savedAt")
SELECT gen_random_uuid()::text, p."userId", v."field"::"LeadershipField", v."text", p."updatedAt"
FROM "Profile" p
CROSS JOIN LATERAL (VALUES
    ('origin', p."origin"), ('knowledgeSkills', p."knowledgeSkills"), ('personality', p."personality"),
    ('lifeExperience', p."lifeExperience"), ('fears', p."fears"), ('irritations', p."irritations"),
    ('valuesNorms', p."valuesNorms")
) AS v("field", "text")
WHERE v."text" <> '';

INSERT INTO "AnswerVersion" ("id", "userId", "field", "text", "savedAt")
SELECT gen_random_uuid()::text, m."userId", v."field"::"LeadershipField", v."text", m."updatedAt"
FROM "Mission" m
CROSS JOIN LATERAL (VALUES
    ('statement', m."statement"), ('drives', m."drives"), ('talents', m."talents"), ('contributeTo', m."contributeTo")
) AS v("field", "text")
WHERE v."text" <> '';
