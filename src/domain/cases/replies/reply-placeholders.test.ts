import { describe, expect, it } from 'vitest';
import { fillPlaceholders, unknownPlaceholders } from './reply-placeholders.ts';

const values = { customer_name: '王芳', case_number: '12', agent_name: 'Li', org_name: 'Acme' };

describe('reply placeholders', () => {
  it('fills the known placeholders, spaces inside the braces allowed', () => {
    expect(fillPlaceholders('{{customer_name}}您好，工单 #{{ case_number }}（{{agent_name}}，{{org_name}}）', values)).toBe('王芳您好，工单 #12（Li，Acme）');
  });

  it('fills once: a value that looks like a placeholder stays literal', () => {
    expect(fillPlaceholders('Hi {{customer_name}}', { ...values, customer_name: '{{org_name}}' })).toBe('Hi {{org_name}}');
  });

  it('names unknown placeholders once each and leaves them unfilled', () => {
    expect(unknownPlaceholders('{{name}} {{customer_name}} {{order_id}} {{name}}')).toEqual(['{{name}}', '{{order_id}}']);
    expect(unknownPlaceholders('no placeholders, {single} braces')).toEqual([]);
    expect(fillPlaceholders('{{name}}', values)).toBe('{{name}}');
  });
});
