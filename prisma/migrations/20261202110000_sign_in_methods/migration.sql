-- Signing in with an organisation's account (OpenID Connect): linked provider accounts, links
-- waiting for the account's password, and accounts without a password.

-- AlterTable
ALTER TABLE "User" ALTER COLUMN "passwordHash" DROP NOT NULL;

-- CreateTable
CREATE TABLE "OrganisationSignIn" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),

    CONSTRAINT "OrganisationSignIn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PendingOrganisationSignIn" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PendingOrganisationSignIn_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OrganisationSignIn_userId_idx" ON "OrganisationSignIn"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "OrganisationSignIn_provider_subject_key" ON "OrganisationSignIn"("provider", "subject");

-- CreateIndex
CREATE UNIQUE INDEX "PendingOrganisationSignIn_tokenHash_key" ON "PendingOrganisationSignIn"("tokenHash");

-- CreateIndex
CREATE INDEX "PendingOrganisationSignIn_userId_idx" ON "PendingOrganisationSignIn"("userId");

-- CreateIndex
CREATE INDEX "PendingOrganisationSignIn_expiresAt_idx" ON "PendingOrganisationSignIn"("expiresAt");

-- AddForeignKey
ALTER TABLE "OrganisationSignIn" ADD CONSTRAINT "OrganisationSignIn_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PendingOrganisationSignIn" ADD CONSTRAINT "PendingOrganisationSignIn_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
