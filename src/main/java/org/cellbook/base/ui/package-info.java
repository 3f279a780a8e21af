@NullMarked
package org.cellbook.base.ui;

import org.jspecify.annotations.NullMarked;
