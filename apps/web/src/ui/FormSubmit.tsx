/** The actions row at the foot of a form, holding its one submit button (primary unless said otherwise). */
export function FormSubmit({ label, primary = true }: { label: string; primary?: boolean }) {
  return (
    <div className="form__actions">
      <button type="submit" className={primary ? 'button button--primary' : 'button'}>
        {label}
      </button>
    </div>
  );
}
