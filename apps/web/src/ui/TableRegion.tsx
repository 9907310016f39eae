import type { ReactNode } from 'react';

/** The region's accessible name: the ids of the elements that name it, or a text when none on the page does. */
type RegionName = { labelledBy: string; label?: never } | { label: string; labelledBy?: never };

type TableRegionProps = RegionName & {
  /** Lets a long list grow taller before it scrolls. */
  tall?: boolean;
  /** A modifier class of the table, like `table--audit`. */
  tableClassName?: string;
  /** The cells of the header row: <th scope="col">. */
  head: ReactNode;
  /** The rows of the table's body. */
  children: ReactNode;
};

/**
 * A table in a named region that scrolls on its own when the table is wider (or, tall, longer) than the
 * page, and that takes the keyboard focus so that it can be scrolled without a mouse.
 */
export function TableRegion({ labelledBy, label, tall, tableClassName, head, children }: TableRegionProps) {
  return (
    <div
      className={tall ? 'table-scroll table-scroll--tall' : 'table-scroll'}
      role="region"
      aria-labelledby={labelledBy}
      aria-label={label}
      tabIndex={0}
    >
      <table className={tableClassName ? `table ${tableClassName}` : 'table'}>
        <thead>
          <tr>{head}</tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
