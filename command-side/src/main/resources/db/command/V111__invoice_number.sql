-- Invoice numbers: unique and increasing, taken in the transaction that issues the invoice.
-- A rolled-back issue leaves a gap, which auditors accept for a sequence; duplicates never happen.
create sequence invoice_number_seq;
