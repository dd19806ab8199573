import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { forwardRef, type ReactNode } from 'react';

/**
 * Every tab has the same shape: what to choose, scrolling (`body`); the tab's main action, its
 * result and the next step in a footer that never scrolls away (`footer`) — so at 350 × 600 the
 * button and whatever it answers are always in view, where the eye already is.
 */

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: 0 },
  body: {
    flexGrow: 1,
    minHeight: 0,
    overflowY: 'auto',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
  },
  footer: {
    flexShrink: 0,
    maxHeight: '55vh',
    overflowY: 'auto',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalM}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  next: { display: 'flex', alignItems: 'baseline', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXS },
});

interface TabLayoutProps {
  testId: string;
  body: ReactNode;
  footer: ReactNode;
}

export const TabLayout = forwardRef<HTMLDivElement, TabLayoutProps>(function TabLayout({ testId, body, footer }, bodyRef) {
  const styles = useStyles();
  return (
    <div className={styles.tab}>
      <div className={styles.body} ref={bodyRef} data-testid={`${testId}-body`}>
        {body}
      </div>
      <div className={styles.footer} data-testid={`${testId}-footer`}>
        {footer}
      </div>
    </div>
  );
});

/** "Tiếp theo: …" — what to do after this step, with a button when the next step is in another tab. */
export function NextStep({ testId, text, action }: { testId: string; text: string; action?: { label: string; onClick: () => void } }) {
  const styles = useStyles();
  return (
    <div className={styles.next} data-testid={testId}>
      <Caption1>{text}</Caption1>
      {action && (
        <Button appearance="transparent" size="small" onClick={action.onClick} data-testid={`${testId}-action`}>
          {action.label}
        </Button>
      )}
    </div>
  );
}
