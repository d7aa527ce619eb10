-- AlterEnum
ALTER TYPE "ScheduledJob" ADD VALUE 'signals';
