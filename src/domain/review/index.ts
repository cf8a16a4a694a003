/** Special-case review (特例单议): cap arithmetic and the final payment of an approved case. */
export {
  amountProblem,
  capPeriodOf,
  checkCap,
  finalPaymentOf,
  type AmountProblem,
  type CapCheck,
  type CapFacts,
  type CapPeriod,
  type FinalPayment,
  type FinalPaymentInput,
  type SpecialCasePayment,
} from './special-case';
