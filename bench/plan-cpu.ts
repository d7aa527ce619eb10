// Prints planCpu's figure, in a process of its own (see benchPlanCpu).
import { planCpu } from "./bench-generation";

console.log(String(planCpu()));
