@NullMarked
package org.cellbook.audit.ui;

import org.jspecify.annotations.NullMarked;
