import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Question, QuestionType, SkipRule } from '../../api/surveys.ts';
import { replaceAt, unusedId, withType } from './survey-draft.ts';
import { SelectField, TextField } from './fields.tsx';

const TYPES: QuestionType[] = ['nps', 'csat', 'ces', 'stars', 'single', 'multiple', 'text'];
const OPS: SkipRule['op'][] = ['lte', 'gte', 'eq', 'includes', 'answered'];

interface Props {
  question: Question;
  index: number;
  /** Ids of the questions after this one: skip rules only jump forward. */
  laterIds: string[];
  count: number;
  onChange: (question: Question) => void;
  onMove: (by: number) => void;
  onRemove: () => void;
}

export function QuestionEditor({ question, index, laterIds, count, onChange, onMove, onRemove }: Props) {
  const { t } = useTranslation();
  const prefix = `question-${index}`;
  const isChoice = question.type === 'single' || question.type === 'multiple';
  const options = question.options ?? [];
  const rules = question.rules ?? [];
  const setRules = (next: SkipRule[]) => onChange({ ...question, rules: next });

  return (
    <fieldset className="card nested-form" data-testid="question-editor">
      <legend className="section-title">{t('surveys.builder.question', { number: index + 1 })}</legend>
      <div className="inline-form">
        <TextField id={`${prefix}-id`} label={t('surveys.builder.id')} value={question.id} testId="question-id" onChange={(id) => onChange({ ...question, id })} />
        <SelectField
          id={`${prefix}-type`}
          label={t('surveys.builder.type')}
          value={question.type}
          testId="question-type"
          options={TYPES.map((type) => ({ value: type, label: t(`surveys.builder.types.${type}`) }))}
          onChange={(type) => onChange(withType(t, question, type as QuestionType))}
        />
        <label className="checkbox">
          <input type="checkbox" checked={question.required} data-testid="question-required" onChange={(event) => onChange({ ...question, required: event.target.checked })} />
          {t('surveys.builder.required')}
        </label>
      </div>
      <div className="inline-form">
        <TextField id={`${prefix}-zh`} lang="zh-CN" grow label={t('surveys.builder.textZh')} value={question.title.zh ?? ''} testId="question-title-zh" onChange={(zh) => onChange({ ...question, title: { ...question.title, zh } })} />
        <TextField id={`${prefix}-en`} lang="en" grow label={t('surveys.builder.textEn')} value={question.title.en ?? ''} testId="question-title-en" onChange={(en) => onChange({ ...question, title: { ...question.title, en } })} />
      </div>
      {isChoice && (
        <div>
          <h4>{t('surveys.builder.options')}</h4>
          {options.map((option, optionIndex) => (
            <div className="inline-form" key={optionIndex}>
              <TextField id={`${prefix}-o${optionIndex}-id`} label={t('surveys.builder.id')} value={option.id} onChange={(id) => onChange({ ...question, options: replaceAt(options, optionIndex, { ...option, id }) })} />
              <TextField id={`${prefix}-o${optionIndex}-zh`} lang="zh-CN" label={t('surveys.builder.textZh')} value={option.label.zh ?? ''} onChange={(zh) => onChange({ ...question, options: replaceAt(options, optionIndex, { ...option, label: { ...option.label, zh } }) })} />
              <TextField id={`${prefix}-o${optionIndex}-en`} lang="en" label={t('surveys.builder.textEn')} value={option.label.en ?? ''} onChange={(en) => onChange({ ...question, options: replaceAt(options, optionIndex, { ...option, label: { ...option.label, en } }) })} />
              <button type="button" className="button small" onClick={() => onChange({ ...question, options: options.filter((_, i) => i !== optionIndex) })}>
                {t('surveys.builder.remove')}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button small"
            onClick={() => onChange({ ...question, options: [...options, { id: unusedId('o', options.map((o) => o.id)), label: { en: t('surveys.defaults.option_en'), zh: t('surveys.defaults.option_zh') } }] })}
          >
            {t('surveys.builder.addOption')}
          </button>
        </div>
      )}
      <div>
        <h4>{t('surveys.builder.rules')}</h4>
        {rules.map((rule, ruleIndex) => (
          <RuleRow key={ruleIndex} t={t} prefix={`${prefix}-r${ruleIndex}`} rule={rule} laterIds={laterIds} onChange={(next) => setRules(replaceAt(rules, ruleIndex, next))} onRemove={() => setRules(rules.filter((_, i) => i !== ruleIndex))} />
        ))}
        <button type="button" className="button small" data-testid="rule-add" onClick={() => setRules([...rules, { op: isChoice ? 'includes' : 'lte', value: isChoice ? options[0]?.id ?? '' : 6, goto: laterIds[0] ?? 'end' }])}>
          {t('surveys.builder.addRule')}
        </button>
      </div>
      <div className="form-actions">
        <button type="button" className="button small" disabled={index === 0} onClick={() => onMove(-1)}>
          {t('surveys.builder.moveUp')}
        </button>
        <button type="button" className="button small" disabled={index === count - 1} onClick={() => onMove(1)}>
          {t('surveys.builder.moveDown')}
        </button>
        <button type="button" className="button small danger" disabled={count === 1} onClick={onRemove} data-testid="question-remove">
          {t('surveys.builder.remove')}
        </button>
      </div>
    </fieldset>
  );
}

function RuleRow({ t, prefix, rule, laterIds, onChange, onRemove }: { t: TFunction; prefix: string; rule: SkipRule; laterIds: string[]; onChange: (rule: SkipRule) => void; onRemove: () => void }) {
  return (
    <div className="inline-form" data-testid="rule-row">
      <SelectField id={`${prefix}-op`} label={t('surveys.builder.ruleIf')} value={rule.op} options={OPS.map((op) => ({ value: op, label: t(`surveys.builder.ops.${op}`) }))} onChange={(op) => onChange({ ...rule, op: op as SkipRule['op'] })} />
      {rule.op !== 'answered' && (
        <TextField
          id={`${prefix}-value`}
          label={t('surveys.builder.ruleValue')}
          value={String(rule.value ?? '')}
          testId="rule-value"
          onChange={(value) => onChange({ ...rule, value: value.trim() !== '' && !Number.isNaN(Number(value)) ? Number(value) : value })}
        />
      )}
      <SelectField
        id={`${prefix}-goto`}
        label={t('surveys.builder.goto')}
        value={rule.goto}
        testId="rule-goto"
        options={[...laterIds.map((id) => ({ value: id, label: id })), { value: 'end', label: t('surveys.builder.gotoEnd') }]}
        onChange={(goto) => onChange({ ...rule, goto })}
      />
      <button type="button" className="button small" onClick={onRemove}>
        {t('surveys.builder.remove')}
      </button>
    </div>
  );
}
