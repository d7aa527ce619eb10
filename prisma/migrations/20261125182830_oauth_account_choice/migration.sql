-- AlterTable
ALTER TABLE "OAuthState" ADD COLUMN     "accountsEnc" TEXT;
